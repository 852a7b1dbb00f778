region                = "eu-west-1"
vpc_id                = "vpc-0123456789abcdef0"
public_subnet_ids     = ["subnet-0aaa", "subnet-0bbb"]
private_subnet_ids    = ["subnet-0ccc", "subnet-0ddd"]
image                 = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ai-coder-assistant:0.1.0"
certificate_arn       = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
bootstrap_admin_email = "platform-team@example.com"
