// sast: safe cwe=601
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class HwSpringRedirectSafe {
    @GetMapping("/login/done")
    public String done(@RequestParam("next") String next) {
        if (!next.matches("/[a-z/]*")) {
            return "redirect:/";
        }
        return "redirect:" + next;
    }
}
