"""A Pelican generator that writes the Buddhist-Era archive pages: one per
BE year, per month and per fiscal year, and the index of fiscal years."""

from __future__ import annotations

from pelican.generators import Generator

from pelican.plugins.shared.urls import url_of_save_as

from .archives import fiscal_year_archives, year_archives
from .config import thai_dates_settings


class ThaiArchivesGenerator(Generator):
    """Archive pages in the Buddhist Era (templates period_archives.html and
    fiscal_years.html); also puts `thai_archives` in the context for
    archives.html."""

    def generate_context(self):
        settings = thai_dates_settings(self.settings)
        thai = settings["THAI_DIGITS"]
        articles = self.context.get("articles", [])
        self.years = year_archives(articles, settings, thai)
        self.fiscal_years = fiscal_year_archives(articles, settings, thai)
        self.index_save_as = settings["FISCAL_YEARS_SAVE_AS"]
        self.context["thai_archives"] = {
            "years": self.years,
            "fiscal_years": self.fiscal_years,
            "fiscal_years_url": url_of_save_as(self.index_save_as) if self.index_save_as else "",
        }

    def _write(self, writer, save_as, template, **kwargs):
        writer.write_file(
            save_as,
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url_of_save_as(save_as),
            template_name=template,
            **kwargs,
        )

    def generate_output(self, writer):
        for year in self.years:
            self._write(writer, year.save_as, "period_archives", archive=year, dates=year.articles)
            for month in year.months:
                self._write(writer, month.save_as, "period_archives", archive=month, dates=month.articles)
        for fiscal in self.fiscal_years:
            self._write(writer, fiscal.save_as, "period_archives", archive=fiscal, dates=fiscal.articles)
        if self.index_save_as:
            self._write(writer, self.index_save_as, "fiscal_years", fiscal_years=self.fiscal_years)
