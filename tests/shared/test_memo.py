"""Results kept between builds: computed once per input, reused by the next
build from the cache folder, and only in memory without one."""

from pelican.plugins.shared.memo import CACHE_FOLDER, BuildMemo, text_key


def test_a_result_is_computed_once_and_kept_for_the_next_build(tmp_path):
    calls = []

    def compute(text):
        calls.append(text)
        return len(text)

    settings = {CACHE_FOLDER: str(tmp_path / "key")}
    memo = BuildMemo(settings, "lengths")
    assert memo.get(text_key("กขค"), compute, "กขค") == 3
    assert memo.get(text_key("กขค"), compute, "กขค") == 3
    assert memo.get(text_key("ab"), compute, "ab") == 2
    memo.save()
    assert calls == ["กขค", "ab"]

    again = BuildMemo(settings, "lengths")
    assert again.get(text_key("กขค"), compute, "กขค") == 3
    assert again.get(text_key("x"), compute, "x") == 1
    assert calls == ["กขค", "ab", "x"]
    again.save()
    # Only what the last build used is kept.
    third = BuildMemo(settings, "lengths")
    assert third.get(text_key("ab"), compute, "ab") == 2
    assert calls == ["กขค", "ab", "x", "ab"]


def test_without_a_cache_folder_nothing_is_written(tmp_path):
    memo = BuildMemo({}, "lengths")
    assert memo.get(text_key("a"), len, "a") == 1
    memo.save()
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_file_is_an_empty_memo(tmp_path):
    (tmp_path / "lengths.pickle").write_bytes(b"not a pickle")
    memo = BuildMemo({CACHE_FOLDER: str(tmp_path)}, "lengths")
    assert memo.get(text_key("ab"), len, "ab") == 2
