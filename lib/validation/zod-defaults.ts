// zod's own messages (for a schema that names none, e.g. z.enum(EducationLevel) or z.uuid()) are English texts in
// every language. Set once for the process and the browser alike: such an issue carries the key "form.invalid"
// instead, said in the user's language like every other message. A schema's own message always wins (zod 4: the
// schema's error, then the parse's, then this).
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/error-messages";

const INVALID: MessageKey = "form.invalid";

z.config({ customError: () => INVALID });
