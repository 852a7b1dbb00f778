output "url" {
  description = "Base URL of the API (Swagger UI at /docs)."
  value       = "https://${azurerm_container_app.this.ingress[0].fqdn}"
}

output "database_host" {
  description = "PostgreSQL Flexible Server host name."
  value       = azurerm_postgresql_flexible_server.this.fqdn
}

output "bootstrap_password_secret_id" {
  description = "Key Vault secret holding the first admin's password (read it once, then change it)."
  value       = azurerm_key_vault_secret.app["bootstrap-password"].versionless_id
}
