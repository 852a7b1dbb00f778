output "url" {
  description = "Base URL of the API (Swagger UI at /docs)."
  value       = google_cloud_run_v2_service.this.uri
}

output "database_private_ip" {
  description = "Private address of the Cloud SQL instance."
  value       = google_sql_database_instance.this.private_ip_address
}

output "bootstrap_password_secret" {
  description = "Secret Manager secret holding the first admin's password (read it once, then change it)."
  value       = google_secret_manager_secret.app["bootstrap-password"].id
}
