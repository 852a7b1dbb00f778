variable "project" {
  description = "GCP project to install into."
  type        = string
}

variable "region" {
  description = "GCP region, e.g. europe-west1."
  type        = string
}

variable "name" {
  description = "Name prefix of every resource (lower case letters, digits and hyphens)."
  type        = string
  default     = "aicoder"
}

variable "network" {
  description = "Existing VPC network (self link or name) with Private Service Access for Cloud SQL."
  type        = string
}

variable "subnetwork" {
  description = "Subnetwork of that network that Cloud Run egresses through (Direct VPC egress)."
  type        = string
}

variable "image" {
  description = "Container image (Artifact Registry or a remote repository) built from src/main/docker/Dockerfile.jvm."
  type        = string
}

variable "min_instances" {
  description = "Instances kept running (the task workers live in the API instances)."
  type        = number
  default     = 2
}

variable "max_instances" {
  description = "Upper bound for request-driven scaling."
  type        = number
  default     = 10
}

variable "db_tier" {
  description = "Cloud SQL machine tier."
  type        = string
  default     = "db-custom-2-7680"
}

variable "db_high_availability" {
  description = "Regional (highly available) Cloud SQL instance."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Protect the database from terraform destroy."
  type        = bool
  default     = true
}

variable "bootstrap_admin_email" {
  description = "E-mail of the first admin; its password is generated and kept in Secret Manager."
  type        = string
}

variable "labels" {
  description = "Labels added to every resource that takes them."
  type        = map(string)
  default     = {}
}
