-- wrk script: every request posts the same report to the check API.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
local file = assert(io.open(os.getenv("GSZ_REPORT"), "rb"))
wrk.body = file:read("*a")
file:close()
