"""Tasks that ask the catalog: its collections, a connection check, fresh asset links."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsTask

from earthplatform_qgis.stac.client import CollectionInfo, ConnectionCheck, EarthPlatformClient
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.links import AssetRef, fresh_hrefs
from earthplatform_qgis.stac.words import tr
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome


@dataclass(frozen=True)
class CatalogCollections:
    """The catalog's collections, and the properties its /queryables names (for hints)."""

    collections: list[CollectionInfo]
    queryables: set[str]


class CollectionsTask(CoreTask):
    """Lists the catalog's collections."""

    outcome: TaskOutcome[CatalogCollections]

    def __init__(self, client: EarthPlatformClient) -> None:
        empty = TaskOutcome(CatalogCollections([], set()))
        super().__init__(tr("EarthPlatform: listing collections"), empty)
        self.client = client

    def work(self) -> None:
        collections = self.client.collections()
        try:
            queryables = self.client.queryables()
        except EarthPlatformError:
            # Only used for hints: a catalog without /queryables still searches fine.
            queryables = set()
        self.outcome.result = CatalogCollections(collections, queryables)


class CheckTask(CoreTask):
    """ "Test connection": token, landing page and conformance, off the GUI thread."""

    outcome: TaskOutcome[ConnectionCheck]

    def __init__(self, client: EarthPlatformClient) -> None:
        not_run = TaskOutcome(ConnectionCheck(False, tr("The check did not run.")))
        super().__init__(tr("EarthPlatform: testing the connection"), not_run, QgsTask.Flag(0))
        self.client = client

    def work(self) -> None:
        self.outcome.result = self.client.check()


class RefreshSourcesTask(CoreTask):
    """Asks the catalog for newly signed URLs of assets that saved layers stream."""

    outcome: TaskOutcome[dict[AssetRef, str]]

    def __init__(self, client: EarthPlatformClient, refs: list[AssetRef]) -> None:
        super().__init__(tr("EarthPlatform: renewing asset links"), TaskOutcome({}))
        self.client = client
        self.refs = refs

    def work(self) -> None:
        self.outcome.result = fresh_hrefs(self.client, self.refs, self.isCanceled)
