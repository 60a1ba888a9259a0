"""Pelican wiring for group pages (/groups/<slug>/)."""

from pelican import signals
from pelican.generators import Generator

from .groups import assign_content, load_group_pages


class GroupPagesGenerator(Generator):
    def generate_context(self):
        self.groups = load_group_pages(self.settings)
        self.context["groups"] = list(self.groups.values())
        self.context["groups_by_slug"] = self.groups

    def generate_output(self, writer):
        assign_content(
            self.groups,
            self.context.get("articles", []),
            self.context.get("pages", []),
        )
        template = self.get_template("group")
        for group in self.groups.values():
            writer.write_file(
                group.save_as,
                template,
                self.context,
                group=group,
                paginated={"articles": group.announcements},
                template_name="group",
                page_name=group.save_as.rsplit("/", 1)[0],
                url=group.url,
            )


def get_generators(pelican):
    return GroupPagesGenerator


def register():
    signals.get_generators.connect(get_generators)
