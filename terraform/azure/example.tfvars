subscription_id       = "00000000-0000-0000-0000-000000000000"
location              = "westeurope"
image                 = "myregistry.azurecr.io/ai-coder-assistant:0.1.0"
bootstrap_admin_email = "platform-team@example.com"
