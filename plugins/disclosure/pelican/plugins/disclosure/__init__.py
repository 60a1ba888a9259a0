"""Pelican wiring for public-information disclosure: reads what content
declares (OIT / OIA / Fiscal_year), writes the ITA/OIT pages per fiscal year,
the information centre, and the completeness report."""

from __future__ import annotations

import datetime as _dt
import os

from pelican import signals
from pelican.generators import Generator

from pelican.plugins.content_kinds.schema import kind_of
from pelican.plugins.problems.problems import LOG
from pelican.plugins.shared.urls import announce_output
from pelican.plugins.thai_dates.dates import InvalidDate

from .catalogue import load_catalogues
from .config import read_config
from .declarations import Source, linked_hosts, oia_index, read_declaration
from .oia import CATEGORIES, SECTION_TITLES
from .status import (
    INCOMPLETE,
    MISSING,
    OTHER_YEAR,
    build_reports,
    report_csv,
    report_json,
    report_summary,
    report_text,
)


def _source(content) -> Source:
    date = getattr(content, "date", None)
    if date is None:
        date = getattr(content, "modified", None) if "modified" in content.metadata else None
    return Source(
        path=content.source_path,
        title=content.title,
        url=content.url,
        date=date,
        metadata=content.metadata,
        kind=kind_of(content),
        hosts=linked_hosts(getattr(content, "_content", "") or ""),
    )


# Written next to each year's pages, outside Pelican's writer.
REPORT_FILES = ("report.json", "report.csv")


class DisclosureGenerator(Generator):
    def generate_context(self):
        self.config = read_config(self.settings)
        self.catalogues = load_catalogues(self.config.catalogue_dir, LOG)
        contents = (
            list(self.context.get("articles", []))
            + list(self.context.get("pages", []))
            + list(self.context.get("hidden_pages", []))
        )
        self.evidence, entries = [], []
        for content in contents:
            if isinstance(getattr(content, "date", None), InvalidDate):
                # Its date is already reported; a fiscal year guessed from the
                # stand-in date would only add a misleading second error.
                continue
            evidence, oia_entries = read_declaration(_source(content), self.catalogues, LOG)
            self.evidence.extend(evidence)
            entries.extend(oia_entries)
        self.oia = oia_index(entries)
        self.reports = build_reports(self.catalogues, self.evidence, self.config.today, self.config.path)
        current = next((r for r in self.reports if r.current), None)
        self.context["disclosure_current"] = current
        self.context["disclosure_reports"] = self.reports
        for report in self.reports:
            for name in REPORT_FILES:
                announce_output(
                    self.context, report.path + name, f'รายงานความครบถ้วน ITA "{report.path}{name}"'
                )

    def _write(self, writer, template, path, **kwargs):
        writer.write_file(
            path + "index.html",
            self.get_template(template),
            self.context,
            page_name=path.rstrip("/"),
            url=path,
            disclosure_path=self.config.path,
            oia_path=self.config.oia_path,
            **kwargs,
        )

    def generate_output(self, writer):
        cfg = self.config
        generated = self.settings.get("BUILD_DATE")
        generated = generated.isoformat() if isinstance(generated, _dt.datetime) else ""
        site_url = self.settings.get("SITEURL", "")
        current = self.context["disclosure_current"]
        self._write(writer, "disclosure/landing", f"{cfg.path}/", reports=self.reports, current=current)
        for report in self.reports:
            self._write(writer, "disclosure/year", report.path, report=report)
            self._write(writer, "disclosure/summary", f"{report.path}summary/", report=report)
            for status in report.items:
                self._write(writer, "disclosure/item", status.path, report=report, entry=status)
            folder = os.path.join(self.output_path, report.path)
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "report.json"), "w", encoding="utf-8") as handle:
                handle.write(report_json(report, site_url, generated, self.settings["PATH"]))
            with open(os.path.join(folder, "report.csv"), "w", encoding="utf-8", newline="") as handle:
                handle.write(report_csv(report, site_url))
        self._write(
            writer,
            "disclosure/oia",
            f"{cfg.oia_path}/",
            categories=CATEGORIES,
            section_titles=SECTION_TITLES,
            oia_entries=self.oia,
            current=current,
        )
        if cfg.print_report and self.reports:
            LOG.note(report_summary(self.reports), detail=report_text(self.reports))
        if cfg.fail_on_missing and current is not None:
            lacking = (
                current.with_status(MISSING)
                + current.with_status(OTHER_YEAR)
                + current.with_status(INCOMPLETE)
            )
            if lacking:
                codes = ", ".join(s.item.code for s in lacking)
                LOG.error(
                    current.catalogue.path,
                    0,
                    "disclosure.current-year-incomplete",
                    f"ปีงบประมาณปัจจุบัน {current.fiscal_year} ยังเปิดเผยข้อมูลไม่ครบ {len(lacking)} รายการ: {codes}",
                    f"The current fiscal year {current.fiscal_year} lacks"
                    f" {len(lacking)} OIT item(s): {codes}.",
                    f"เผยแพร่เนื้อหาที่มีบรรทัด OIT: {lacking[0].item.code} ของปีนี้"
                    " หรือปิด DISCLOSURE_FAIL_ON_MISSING ชั่วคราว",
                    f"Publish content with an OIT: {lacking[0].item.code} line for this year,"
                    " or turn DISCLOSURE_FAIL_ON_MISSING off for now.",
                )


def get_generators(pelican):
    return DisclosureGenerator


def register():
    signals.get_generators.connect(get_generators)
