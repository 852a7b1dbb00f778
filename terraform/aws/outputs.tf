output "url" {
  description = "Base URL of the API (Swagger UI at /docs)."
  value       = "${local.https ? "https" : "http"}://${aws_lb.this.dns_name}"
}

output "database_endpoint" {
  description = "PostgreSQL host:port."
  value       = aws_db_instance.this.endpoint
}

output "bootstrap_password_secret_arn" {
  description = "Secrets Manager ARN holding the first admin's password (read it once, then change it)."
  value       = aws_secretsmanager_secret.app["bootstrap_password"].arn
}
