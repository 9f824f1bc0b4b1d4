# A script with a list whose items lost a comma across lines.
settings = {
    "name": "demo",
}
ports = [8080, 8081
         8082, 8083]
print(settings, ports)
