# Sources of core/data for tables (JSON flattening, CSV, filtering), added to latchkey_core.
target_sources(latchkey_core PRIVATE
)
