# Sourced by the HTTP benchmarks: starts the packaged jar on embedded defaults in a throw-away home, waits until it
# is ready and logs in. Sets: home (temp dir, removed on exit), port, pid, token. Needs: the jar and curl.
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
home=$(mktemp -d)
password=bench-admin-password
java -Xmx1g -Duser.home="$home" -Daicoder.home="$home/.aicoder" -Dquarkus.http.port="$port" \
  -Daicoder.auth.bootstrap.email=bench@aicoder.local -Daicoder.auth.bootstrap.password="$password" \
  -Dquarkus.log.level=WARN -jar "$jar" > "$home/server.log" 2>&1 &
pid=$!
trap 'rc=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$home"; exit $rc' EXIT
until curl -sf -o /dev/null "http://localhost:$port/q/health/ready"; do
  kill -0 $pid 2>/dev/null || { cat "$home/server.log" >&2; exit 1; }
  sleep 0.2
done
token=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench@aicoder.local\",\"password\":\"$password\"}" \
  "http://localhost:$port/api/v1/auth/login" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
