module github.com/acme/api

go 1.21

require (
	github.com/gin-gonic/gin v1.6.0
	golang.org/x/text v0.3.6 // indirect
)

require github.com/stretchr/testify v1.8.4
