# Nattvandring in a container. NOT BUILT OR RUN HERE: the machines this project is developed on reach no container
# registry. Build where you can:  ./mvnw package -DskipTests && docker build -t nattvandring .
# The jar is layered: dependencies, Spring Boot's loader and the application are copied apart, so a new release
# changes only the last, small layer. Configuration comes from the environment (docs/operations.md, section 7).
FROM eclipse-temurin:25-jre AS layers
WORKDIR /build
COPY target/nattvandring-*.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system nattvandring && useradd --system --gid nattvandring --home-dir /app nattvandring
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER nattvandring
# The public port, and the management port (bind it with MANAGEMENT_ADDRESS=0.0.0.0 inside a container network).
EXPOSE 8080 8081
ENV SERVER_ADDRESS=0.0.0.0 MANAGEMENT_ADDRESS=0.0.0.0 LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /livez HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "' 
# An external PostgreSQL is required in a container: set SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
