# The API for docker compose: a Release build carrying Wolverine's handler code, generated first.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN rm -rf src/Blueindic.Api/Internal/Generated \
 && dotnet build src/Blueindic.Api -c Release \
 && (cd src/Blueindic.Api && Blueindic__AdminKey=codegen dotnet bin/Release/net10.0/Blueindic.Api.dll codegen write) \
 && dotnet publish src/Blueindic.Api -c Release -p:PregeneratedHandlers=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The fonts every invoice PDF embeds (src/Blueindic.Api/Invoices/Pdf).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# The image's own unprivileged user: the API needs no root.
USER $APP_UID
EXPOSE 5080
ENTRYPOINT ["dotnet", "Blueindic.Api.dll"]
