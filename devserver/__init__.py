"""Local imitation of EarthDaily's EarthPlatform STAC API (pgstac + stac-fastapi) for tests."""
