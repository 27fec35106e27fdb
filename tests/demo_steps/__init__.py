"""Steps of the demo seeded alone, on an empty database: tests/demo seeds the whole demo once
for its package, and these count what their own steps make."""
