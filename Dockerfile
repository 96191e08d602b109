# BorderMap server image. The database is a separate PostGIS service (see docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm: the build restores the web viewer's libraries (maplibre-gl, proj4) with npm ci
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/BorderMap.Server/BorderMap.Server.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl only for the health check
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY geodata /app/geodata
ENV ASPNETCORE_URLS=http://0.0.0.0:5080
EXPOSE 5080
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD ["curl", "-fsS", "http://127.0.0.1:5080/readyz"]
ENTRYPOINT ["dotnet", "BorderMap.Server.dll"]
