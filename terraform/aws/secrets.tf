# Everything the service needs at start, generated here and kept in AWS Secrets Manager; ECS injects the values as
# environment variables, so nothing secret appears in the task definition or in Terraform outputs.
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
    db_password          = random_password.db.result
    bootstrap_password   = random_password.bootstrap_admin.result
    secret_store_key     = random_bytes.secret_store_key.base64
    jwt_sign_key         = tls_private_key.jwt.private_key_pem_pkcs8
    jwt_verify_publickey = tls_private_key.jwt.public_key_pem
  }
}

resource "aws_secretsmanager_secret" "app" {
  for_each                = local.secret_values
  name                    = "${var.name}/${each.key}"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "app" {
  for_each      = local.secret_values
  secret_id     = aws_secretsmanager_secret.app[each.key].id
  secret_string = each.value
}
