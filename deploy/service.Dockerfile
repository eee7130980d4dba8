# One image recipe for the three Shortlist services. docker-compose.yml builds it once per service with
# that module's target/ directory as the build context and a pattern of the Spring Boot jar's name as
# JAR_FILE (<module>-*.jar, so a version change needs no edit here):
#   ./mvnw -DskipTests package   (produces <module>/target/<module>-<version>.jar)
#   docker compose build
FROM eclipse-temurin:17-jre

# curl is only for the container health check (GET /actuator/health).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 shortlist \
    && useradd --system --uid 10001 --gid shortlist --home-dir /app --shell /usr/sbin/nologin shortlist \
    && mkdir -p /app /var/lib/shortlist/blobs /var/lib/shortlist/streams-state \
    && chown -R shortlist:shortlist /app /var/lib/shortlist

ARG JAR_FILE
COPY --chown=shortlist:shortlist ${JAR_FILE} /app/app.jar

USER shortlist
WORKDIR /app

# Avro 1.12.2 only instantiates generated classes from trusted packages, and reads the list once at
# class-load time, so it has to be a JVM flag rather than an application property.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    AVRO_TRUSTED_PACKAGES="dev.shortlist"

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -Dorg.apache.avro.SERIALIZABLE_PACKAGES=$AVRO_TRUSTED_PACKAGES -jar /app/app.jar"]
