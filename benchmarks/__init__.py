"""The performance benchmark suite (`make bench`): the plugin against the test STAC API."""
