variable "subscription_id" {
  description = "Azure subscription to install into."
  type        = string
}

variable "location" {
  description = "Azure region, e.g. westeurope."
  type        = string
}

variable "name" {
  description = "Name prefix of every resource (lower case letters and digits)."
  type        = string
  default     = "aicoder"
}

variable "image" {
  description = "Container image built from src/main/docker/Dockerfile.jvm (or a native variant)."
  type        = string
  default     = "ghcr.io/aicoder/ai-coder-assistant:0.1.0"
}

variable "min_replicas" {
  description = "Replicas kept running (the task workers live in the API replicas)."
  type        = number
  default     = 2
}

variable "max_replicas" {
  description = "Upper bound for HTTP-driven scaling."
  type        = number
  default     = 10
}

variable "db_sku" {
  description = "PostgreSQL Flexible Server SKU."
  type        = string
  default     = "GP_Standard_D2ds_v5"
}

variable "db_storage_mb" {
  description = "PostgreSQL storage in MB."
  type        = number
  default     = 65536
}

variable "db_high_availability" {
  description = "Zone-redundant standby for PostgreSQL."
  type        = bool
  default     = true
}

variable "bootstrap_admin_email" {
  description = "E-mail of the first admin; its password is generated and kept in Key Vault."
  type        = string
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
