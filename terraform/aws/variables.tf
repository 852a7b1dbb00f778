variable "region" {
  description = "AWS region to install into."
  type        = string
}

variable "name" {
  description = "Name prefix of every resource."
  type        = string
  default     = "aicoder"
}

variable "vpc_id" {
  description = "Existing VPC."
  type        = string
}

variable "public_subnet_ids" {
  description = "Subnets (two or more availability zones) for the load balancer."
  type        = list(string)
}

variable "private_subnet_ids" {
  description = "Subnets (two or more availability zones) for the service and the database."
  type        = list(string)
}

variable "image" {
  description = "Container image built from src/main/docker/Dockerfile.jvm (or a native variant)."
  type        = string
  default     = "ghcr.io/aicoder/ai-coder-assistant:0.1.0"
}

variable "desired_count" {
  description = "API replicas. They share the task queue in PostgreSQL."
  type        = number
  default     = 2
}

variable "cpu" {
  description = "Fargate CPU units per replica."
  type        = number
  default     = 1024
}

variable "memory" {
  description = "Fargate memory (MiB) per replica; analysis libraries need about 1 GiB."
  type        = number
  default     = 2048
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "db_allocated_storage" {
  description = "RDS storage in GiB."
  type        = number
  default     = 50
}

variable "db_multi_az" {
  description = "Standby in a second availability zone."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Protect the database from terraform destroy."
  type        = bool
  default     = true
}

variable "certificate_arn" {
  description = "ACM certificate for HTTPS on the load balancer; empty serves plain HTTP (testing only)."
  type        = string
  default     = ""
}

variable "allowed_cidrs" {
  description = "Who may reach the load balancer."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "bootstrap_admin_email" {
  description = "E-mail of the first admin; its password is generated and stored in Secrets Manager."
  type        = string
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
