# Generated here and kept in Key Vault; the container app reads them through its managed identity, so no value is
# written into the app's configuration or into Terraform outputs.
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "random_password" "bootstrap_admin" {
  length = 24
}

resource "random_bytes" "secret_store_key" {
  length = 32
}

resource "tls_private_key" "jwt" {
  algorithm = "RSA"
  rsa_bits  = 2048
}

locals {
  secret_values = {
    db-password          = random_password.db.result
    bootstrap-password   = random_password.bootstrap_admin.result
    secret-store-key     = random_bytes.secret_store_key.base64
    jwt-sign-key         = tls_private_key.jwt.private_key_pem_pkcs8
    jwt-verify-publickey = tls_private_key.jwt.public_key_pem
  }
}

resource "azurerm_key_vault" "this" {
  name                       = "${var.name}-kv"
  location                   = azurerm_resource_group.this.location
  resource_group_name        = azurerm_resource_group.this.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  enable_rbac_authorization  = true
  purge_protection_enabled   = true
  soft_delete_retention_days = 30
  tags                       = var.tags
}

resource "azurerm_role_assignment" "deployer_writes_secrets" {
  scope                = azurerm_key_vault.this.id
  role_definition_name = "Key Vault Secrets Officer"
  principal_id         = data.azurerm_client_config.current.object_id
}

resource "azurerm_role_assignment" "app_reads_secrets" {
  scope                = azurerm_key_vault.this.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.app.principal_id
}

resource "azurerm_key_vault_secret" "app" {
  for_each     = local.secret_values
  name         = each.key
  value        = each.value
  key_vault_id = azurerm_key_vault.this.id
  depends_on   = [azurerm_role_assignment.deployer_writes_secrets]
}
