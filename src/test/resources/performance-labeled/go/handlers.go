package shop

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var sku = regexp.MustCompile(`^[A-Z]{3}-\d{4}$`)

type Server struct{ db *sql.DB }

func (s *Server) names(ids []int) ([]string, error) {
	var out []string
	for _, id := range ids {
		var name string
		if err := s.db.QueryRow("SELECT name FROM users WHERE id = $1", id).Scan(&name); err != nil { // expect: go.perf.query-in-loop
			return nil, err
		}
		out = append(out, name)
	}
	return out, nil
}

func (s *Server) namesBatched(ids []int) ([]string, error) {
	rows, err := s.db.Query("SELECT name FROM users WHERE id = ANY($1)", ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

func validCount(codes []string) int {
	n := 0
	for _, c := range codes {
		if ok, _ := regexp.MatchString(`^[A-Z]{3}-\d{4}$`, c); ok { // expect: go.perf.regex-compile-in-loop
			n++
		}
	}
	return n
}

func validCountFast(codes []string) int {
	n := 0
	for _, c := range codes {
		if sku.MatchString(c) {
			n++
		}
	}
	return n
}

func csv(ids []int) string {
	s := ""
	for _, id := range ids {
		s += strconv.Itoa(id) // expect: go.perf.string-concat-in-loop
		s += "," // expect: go.perf.string-concat-in-loop
	}
	return s
}

func csvFast(ids []int) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(id))
	}
	return b.String()
}

func sum(ns []int) (t int) {
	for _, n := range ns {
		t += n
	}
	return
}

func lineCount(path string) (int, error) {
	f, err := os.Open(path) // expect: go.perf.missing-close
	if err != nil {
		return 0, err
	}
	data, err := io.ReadAll(f)
	return strings.Count(string(data), "\n"), err
}

func lineCountClosed(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	return strings.Count(string(data), "\n"), err
}

func openLog(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
}

func upload(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body) // expect: go.perf.unbounded-read-all
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d bytes", len(body))
}

func uploadLimited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	var v map[string]any
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

func watch(events <-chan string, quit <-chan struct{}) {
	for {
		select {
		case e := <-events:
			fmt.Println(e)
		case <-time.After(30 * time.Second): // expect: go.perf.time-after-in-loop
			return
		case <-quit:
			return
		}
	}
}

func key(id int) string {
	return fmt.Sprintf("%d", id) // expect: go.perf.sprintf-single-value
}

func label(id int) string {
	return fmt.Sprintf("user-%d", id)
}

func ping(urls []string) {
	for _, u := range urls {
		resp, err := http.Get(u) // expect: go.perf.query-in-loop
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
}
