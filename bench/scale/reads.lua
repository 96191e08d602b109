-- wrk script: rotates over the read requests a map viewer and QGIS make (list, OGC items, a tile,
-- a timeline), so every API node answers the same mix.
local paths = {
  "/api/v1/incidents?bbox=67.3,36.4,75.2,38.6&limit=50",
  "/ogc/collections/incidents/items?bbox=68.5,36.9,71.9,38.0&limit=100",
  "/tiles/incidents/7/89/49.pbf",
  "/api/v1/analytics/timeline?from=2010-01-01&to=2025-12-31&interval=month",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
