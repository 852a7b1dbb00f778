// sast: safe cwe=89
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class HwJdbcTemplateSafe {
    private static final Set<String> SORTABLE = Set.of("id", "created", "total");
    private final JdbcTemplate jdbcTemplate;

    public HwJdbcTemplateSafe(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/orders")
    public List<Map<String, Object>> orders(@RequestParam String status, @RequestParam(defaultValue = "id") String sort) {
        String column = SORTABLE.contains(sort) ? sort : "id";
        return jdbcTemplate.queryForList("SELECT * FROM orders WHERE status = ? ORDER BY " + column, status);
    }
}
