"""Package layout that pyproject.toml cannot say: the wheel carries resources/.

The repository keeps icons, lessons and translations in the top-level ``resources/``;
the wheel installs them as the data-only package ``tfintro_gui._resources`` (each
sub-folder a sub-package), where ``tfintro_gui.resources.resources_dir()`` finds them.
All other metadata is in pyproject.toml.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES_PACKAGE = "tfintro_gui._resources"
# The README's screenshots are documentation; the app never reads them.
NOT_SHIPPED = ["screenshots", "screenshots.*"]

resource_packages = [RESOURCES_PACKAGE] + [
    f"{RESOURCES_PACKAGE}.{name}"
    for name in find_namespace_packages(where="resources", exclude=NOT_SHIPPED)
]

setup(
    packages=[*find_packages(include=["tfintro_gui", "tfintro_gui.*"]), *resource_packages],
    package_dir={RESOURCES_PACKAGE: "resources"},
    package_data={name: ["*"] for name in resource_packages},
    # Translators' sources; the app loads the compiled .qm files.
    exclude_package_data={name: ["*.ts"] for name in resource_packages},
)
