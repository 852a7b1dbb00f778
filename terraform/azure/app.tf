locals {
  db_host = azurerm_postgresql_flexible_server.this.fqdn
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

resource "azurerm_container_app_environment" "this" {
  name                       = "${var.name}-env"
  location                   = azurerm_resource_group.this.location
  resource_group_name        = azurerm_resource_group.this.name
  log_analytics_workspace_id = azurerm_log_analytics_workspace.this.id
  tags                       = var.tags
}

resource "azurerm_container_app" "this" {
  name                         = "${var.name}-api"
  container_app_environment_id = azurerm_container_app_environment.this.id
  resource_group_name          = azurerm_resource_group.this.name
  revision_mode                = "Single"
  tags                         = var.tags

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.app.id]
  }

  dynamic "secret" {
    for_each = azurerm_key_vault_secret.app
    content {
      name                = secret.key
      key_vault_secret_id = secret.value.versionless_id
      identity            = azurerm_user_assigned_identity.app.id
    }
  }

  ingress {
    external_enabled = true
    target_port      = 8080
    transport        = "auto"
    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }

  template {
    min_replicas = var.min_replicas
    max_replicas = var.max_replicas

    container {
      name   = "app"
      image  = var.image
      cpu    = 1
      memory = "2Gi"

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
          name        = env.key
          secret_name = env.value
        }
      }

      liveness_probe {
        transport = "HTTP"
        port      = 8080
        path      = "/q/health/live"
      }

      readiness_probe {
        transport = "HTTP"
        port      = 8080
        path      = "/q/health/ready"
      }

      startup_probe {
        transport               = "HTTP"
        port                    = 8080
        path                    = "/q/health/started"
        failure_count_threshold = 30
      }
    }
  }

  depends_on = [azurerm_role_assignment.app_reads_secrets]
}
