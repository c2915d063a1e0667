# The production image: the packaged application alone (no embedded database), run as a non-root user, started
# on Spring's AOT code (built by the package: bean definitions and Spring Data repositories generated) with the
# JDK's ahead-of-time cache (classes loaded and linked, profiles kept) made by a training run at build time.
# Build it with `docker compose build` or `docker build -t liveblog .`.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
# Extracted as the AOT cache wants it: the application's jar beside its libraries, one classpath that never changes.
RUN ./mvnw -B -ntp -q package -DskipTests \
 && java -Djarmode=tools -jar target/liveblog-*.jar extract --destination /app --application-filename liveblog.jar

FROM eclipse-temurin:25-jre AS runtime
RUN useradd --system --home-dir /app liveblog
WORKDIR /app
COPY --from=build /app /app

# The training run (deploy/aot-cache.sh) starts the application as the image will, waits until it is ready (pages
# rendered before ready, the listener listening), asks it for a few pages and stops it; the JVM writes the cache
# as it exits. It needs a database: a throwaway PostgreSQL, in this stage only (curl too). It runs on the runtime
# image itself, because a cache is only taken by the very JVM build that made it.
FROM runtime AS training
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql curl >/dev/null
COPY deploy/aot-cache.sh /usr/local/bin/aot-cache.sh
RUN service postgresql start \
 && su postgres -c "psql -q -c \"alter user postgres password 'training-only'\"" \
 && SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/postgres SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=training-only LIVEBLOG_PUBLIC_URL=https://training.invalid \
    aot-cache.sh /app/liveblog.jar /app/liveblog.aot \
 && service postgresql stop

FROM runtime
COPY --from=training /app/liveblog.aot /app/liveblog.aot
USER liveblog
EXPOSE 8080
# Without the cache file (or on another JVM) the JVM says so once and starts as it would have without it. Spring's
# AOT code fixes the beans at build time: with MANAGEMENT_SERVER_PORT, drop -Dspring.aot.enabled=true (the start
# is refused otherwise, with that advice).
ENTRYPOINT ["java", "-XX:AOTCache=/app/liveblog.aot", "-Dspring.aot.enabled=true", "-jar", "/app/liveblog.jar"]
