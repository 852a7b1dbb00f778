# Generated here and kept in Secret Manager; Cloud Run resolves them at start through the service account, so no
# value appears in the service definition or in Terraform outputs.
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

resource "google_secret_manager_secret" "app" {
  for_each  = local.secret_values
  secret_id = "${var.name}-${each.key}"
  labels    = var.labels
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "app" {
  for_each    = local.secret_values
  secret      = google_secret_manager_secret.app[each.key].id
  secret_data = each.value
}

resource "google_service_account" "app" {
  account_id   = "${var.name}-app"
  display_name = "AI Coder Assistant service"
}

resource "google_secret_manager_secret_iam_member" "app_reads" {
  for_each  = google_secret_manager_secret.app
  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.app.email}"
}
