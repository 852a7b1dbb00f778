locals {
  db_host = google_sql_database_instance.this.private_ip_address
  environment = {
    QUARKUS_DATASOURCE_REACTIVE_URL = "postgresql://${local.db_host}:5432/aicoder?sslmode=require"
    QUARKUS_DATASOURCE_JDBC_URL     = "jdbc:postgresql://${local.db_host}:5432/aicoder?sslmode=require"
    QUARKUS_DATASOURCE_USERNAME     = "aicoder"
    AICODER_AUTH_BOOTSTRAP_EMAIL    = var.bootstrap_admin_email
    AICODER_JSON_LOGS               = "true"
    AICODER_HOME                    = "/tmp/aicoder"
  }
  secret_environment = {
    QUARKUS_DATASOURCE_PASSWORD     = "db-password"
    AICODER_AUTH_BOOTSTRAP_PASSWORD = "bootstrap-password"
    AICODER_SECRETS_KEY             = "secret-store-key"
    SMALLRYE_JWT_SIGN_KEY           = "jwt-sign-key"
    MP_JWT_VERIFY_PUBLICKEY         = "jwt-verify-publickey"
  }
}

resource "google_cloud_run_v2_service" "this" {
  name                = "${var.name}-api"
  location            = var.region
  ingress             = "INGRESS_TRAFFIC_ALL"
  deletion_protection = false
  labels              = var.labels

  template {
    service_account = google_service_account.app.email
    scaling {
      min_instance_count = var.min_instances
      max_instance_count = var.max_instances
    }
    vpc_access {
      egress = "PRIVATE_RANGES_ONLY"
      network_interfaces {
        network    = var.network
        subnetwork = var.subnetwork
      }
    }
    containers {
      image = var.image
      ports {
        container_port = 8080
      }
      resources {
        limits = {
          cpu    = "2"
          memory = "2Gi"
        }
        # the task workers run between requests
        cpu_idle = false
      }
      dynamic "env" {
        for_each = local.environment
        content {
          name  = env.key
          value = env.value
        }
      }
      dynamic "env" {
        for_each = local.secret_environment
        content {
          name = env.key
          value_source {
            secret_key_ref {
              secret  = google_secret_manager_secret.app[env.value].secret_id
              version = "latest"
            }
          }
        }
      }
      startup_probe {
        failure_threshold = 30
        period_seconds    = 5
        http_get {
          path = "/q/health/started"
        }
      }
      liveness_probe {
        http_get {
          path = "/q/health/live"
        }
      }
    }
  }

  depends_on = [google_secret_manager_secret_iam_member.app_reads, google_secret_manager_secret_version.app]
}

# The API authenticates every call itself (JWT / API tokens), so the service is public at the Cloud Run layer.
resource "google_cloud_run_v2_service_iam_member" "public" {
  name     = google_cloud_run_v2_service.this.name
  location = google_cloud_run_v2_service.this.location
  role     = "roles/run.invoker"
  member   = "allUsers"
}
