"""The thin Qt layer: it collects input and shows results, no network, no parsing."""
