// sast: vulnerable cwe=89
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class HwJdbcTemplate {
    private final JdbcTemplate jdbcTemplate;

    public HwJdbcTemplate(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/orders")
    public List<Map<String, Object>> orders(@RequestParam String status, @RequestParam(defaultValue = "id") String sort) {
        String sql = "SELECT * FROM orders WHERE status = ? ORDER BY " + sort;
        return jdbcTemplate.queryForList(sql, status);
    }
}
