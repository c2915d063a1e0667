# The production image: the packaged application alone (no embedded database), run as a non-root user.
# Build it with `docker compose build` or `docker build -t liveblog .`.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --home-dir /app liveblog
WORKDIR /app
COPY --from=build /src/target/liveblog-*.jar /app/liveblog.jar
USER liveblog
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/liveblog.jar"]
