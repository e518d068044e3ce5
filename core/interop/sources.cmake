# Sources of core/interop (cURL, Postman, HAR), added to latchkey_core.
target_sources(latchkey_core PRIVATE
)
