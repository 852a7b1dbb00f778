// sast: vulnerable cwe=601
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class HwSpringRedirect {
    @GetMapping("/login/done")
    public String done(@RequestParam("next") String next) {
        return "redirect:" + next;
    }
}
