# syntax=docker/dockerfile:1
# GF Instrument Sharing - JVM image (Quarkus fast-jar).
#   docker build -t gf-instruments:1.0.0 .
#   docker run --rm -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=... gf-instruments:1.0.0

## Build stage ---------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# The wrapper and the POM first: the dependency layer is then rebuilt only when they change.
# .mvn also carries .mvn/repository, the project-local POM the build needs (see pom.xml).
# resolve + resolve-plugins fetch what the build uses; go-offline would also collect optional
# dependencies of dependencies (quarkus-rest's Kotlin module, whose parent POM is not served) and
# fail. Quarkus's build-time artifacts still come in the package step below.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B dependency:resolve dependency:resolve-plugins

# Everything else that .dockerignore lets through (src/, openapi/, ...), so a new source folder
# used by the build needs no change here.
COPY . .
RUN ./mvnw -B -DskipTests -DskipE2E package

## Runtime stage -------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# uid 185 is the user the Quarkus images use; group 0 lets OpenShift's arbitrary uids read the files.
RUN useradd --system --uid 185 --gid 0 --home-dir /deployments --no-create-home \
        --shell /usr/sbin/nologin quarkus \
    && mkdir -p /deployments \
    && chown 185:0 /deployments

WORKDIR /deployments

# Fast-jar layout, least to most often changed, so a code change only replaces the last layers.
COPY --from=build --chown=185:0 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185:0 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185:0 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185:0 /build/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
EXPOSE 8080

# JAVA_OPTS is the image default; JAVA_OPTS_APPEND is for the deployer (e.g. extra -D flags).
# MaxRAMPercentage sizes the heap from the container memory limit instead of a fixed -Xmx.
ENV JAVA_OPTS="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -XX:MaxRAMPercentage=75" \
    JAVA_OPTS_APPEND=""

# A shell expands the two variables; exec then makes java PID 1 so it receives SIGTERM directly
# and Quarkus shuts down gracefully.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
