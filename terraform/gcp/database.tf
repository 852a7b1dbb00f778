resource "google_sql_database_instance" "this" {
  name                = "${var.name}-pg"
  database_version    = "POSTGRES_17"
  region              = var.region
  deletion_protection = var.deletion_protection
  settings {
    tier              = var.db_tier
    edition           = "ENTERPRISE"
    availability_type = var.db_high_availability ? "REGIONAL" : "ZONAL"
    user_labels       = var.labels
    ip_configuration {
      ipv4_enabled    = false
      private_network = var.network
      ssl_mode        = "ENCRYPTED_ONLY"
    }
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
    insights_config {
      query_insights_enabled = true
    }
  }
}

resource "google_sql_database" "aicoder" {
  name     = "aicoder"
  instance = google_sql_database_instance.this.name
}

resource "google_sql_user" "aicoder" {
  name     = "aicoder"
  instance = google_sql_database_instance.this.name
  password = random_password.db.result
}
