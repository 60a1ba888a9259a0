"""Problems as GitHub Actions shows them: one workflow-command annotation per
problem (on the pull request's lines) and a Markdown table for the job
summary. Escaping follows GitHub's workflow-command syntax: in the message
% CR LF become %25 %0D %0A; in properties also : and , become %3A %2C."""

from __future__ import annotations

import os

from .problems import _SEVERITY_TH, Problem, ProblemLog


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    """`::error file=content/a.md,line=3,title=...::Thai%0AEnglish`"""
    command = "error" if problem.is_error else "warning"
    # "(build)"-style places are not files: the annotation goes on the run.
    props = [] if problem.path.startswith("(") else [f"file={escape_property(problem.path)}"]
    if props and problem.line:
        props.append(f"line={problem.line}")
    title = f"{_SEVERITY_TH[problem.severity]} [{problem.code}]"
    props.append(f"title={escape_property(title)}")
    message = f"{problem.message_th()}\n{problem.message_en()}"
    return f"::{command} {','.join(props)}::{escape_data(message)}"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def summary_markdown(log: ProblemLog) -> str:
    """The job summary: counts, then one table row per problem."""
    problems = log.all()
    n_err, n_warn = len(log.errors), len(log.warnings)
    lines = ["## ตรวจเนื้อหา / Content check", ""]
    if not problems:
        lines.append("ไม่พบปัญหา / No problems found.")
        return "\n".join(lines) + "\n"
    lines += [
        f"พบข้อผิดพลาด {n_err} รายการ คำเตือน {n_warn} รายการ / {n_err} error(s), {n_warn} warning(s)",
        "",
        "แก้ตามคอลัมน์ วิธีแก้ แล้วบันทึก (commit) อีกครั้ง ระบบจะตรวจใหม่ให้เอง ข้อผิดพลาดต้องแก้ทุกข้อก่อนเผยแพร่"
        " คำเตือนควรแก้แต่ไม่บังคับ / Fix each row as the fix column says and commit again;"
        " every error must be fixed before publishing, warnings should be.",
        "",
        "| | ไฟล์ / file | บรรทัด / line | ปัญหา / problem | วิธีแก้ / fix |",
        "|---|---|---|---|---|",
    ]
    for p in problems:
        mark = "❌ ข้อผิดพลาด" if p.is_error else "⚠️ คำเตือน"
        problem = f"{p.th}<br>{p.en} `{p.code}`"
        fix = " ".join(part for part in (p.fix_th, p.fix_en and f"<br>{p.fix_en}") if part)
        lines.append(f"| {mark} | `{_cell(p.path)}` | {p.line or ''} | {_cell(problem)} | {_cell(fix)} |")
    return "\n".join(lines) + "\n"


def on_github(env=None) -> bool:
    return (env if env is not None else os.environ).get("GITHUB_ACTIONS") == "true"


def emit_github(log: ProblemLog, stream, env=None) -> None:
    """Annotations to the step's output; the table appended to the job summary."""
    env = env if env is not None else os.environ
    for problem in log.all():
        stream.write(annotation(problem) + "\n")
    summary = env.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(summary_markdown(log))
