import Testing

@testable import ActorGraph

struct ContactCuesTests {
    @Test func verbsAndNounsGiveTheirKinds() {
        let cases: [(String, InteractionKind)] = [
            ("اتصل", .call), ("واتصلت", .call), ("اتصالاً", .call), ("بالاتصال", .call), ("هاتفياً", .call),
            ("التقى", .meeting), ("والتقت", .meeting), ("لقاء", .meeting), ("اللقاء", .meeting), ("للاجتماع", .meeting),
            ("استقبل", .meeting), ("اجتماعاً", .meeting), ("سيجتمع", .meeting), ("سيلتقي", .meeting),
            ("زار", .visit), ("زيارة", .visit), ("بزيارة", .visit), ("سافر", .visit),
            ("محادثات", .talks), ("المحادثات", .talks), ("للمفاوضات", .talks),
            ("رسالة", .message), ("برسالة", .message), ("إطلاع", .briefing), ("بقمة", .summit),
        ]
        for (word, kind) in cases {
            #expect(ContactCues.kind(of: word) == kind, "\(word)")
        }
    }

    @Test func attachedPronounsAreTakenOff() {
        #expect(ContactCues.kind(of: "لقائهما") == .meeting)
        #expect(ContactCues.kind(of: "زيارته") == .visit)
        #expect(ContactCues.kind(of: "اجتماعهم") == .meeting)
        #expect(ContactCues.kind(of: "محادثاتهما") == .talks)
    }

    @Test func wordsThatOnlyLookLikeCuesAreNot() {
        // وزارة (ministry) is not و + زار + ه; a teh marbuta is no pronoun.
        for word in ["وزارة", "الوزارة", "وزارته", "بوزارتها", "وزارات", "قال", "بيان", "اتفاق", "الرئيس", "زراعة"] {
            #expect(ContactCues.kind(of: word) == nil, "\(word)")
        }
    }
}
