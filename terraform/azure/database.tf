resource "azurerm_postgresql_flexible_server" "this" {
  name                          = "${var.name}-pg"
  location                      = azurerm_resource_group.this.location
  resource_group_name           = azurerm_resource_group.this.name
  version                       = "16"
  sku_name                      = var.db_sku
  storage_mb                    = var.db_storage_mb
  administrator_login           = "aicoder"
  administrator_password        = random_password.db.result
  backup_retention_days         = 14
  public_network_access_enabled = true
  zone                          = "1"
  dynamic "high_availability" {
    for_each = var.db_high_availability ? [1] : []
    content {
      mode = "ZoneRedundant"
    }
  }
  tags = var.tags
}

resource "azurerm_postgresql_flexible_server_database" "aicoder" {
  name      = "aicoder"
  server_id = azurerm_postgresql_flexible_server.this.id
  charset   = "UTF8"
  collation = "en_US.utf8"
}

# 0.0.0.0 is Azure's convention for "services running in Azure" (the container app's outbound addresses).
resource "azurerm_postgresql_flexible_server_firewall_rule" "azure_services" {
  name             = "azure-services"
  server_id        = azurerm_postgresql_flexible_server.this.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}
