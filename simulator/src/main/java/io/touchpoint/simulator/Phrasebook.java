package io.touchpoint.simulator;

import java.util.List;

/**
 * What people say, several paraphrases per intent. Placeholders in braces are filled per conversation:
 * {company} {agent} {first} {full} {plan} {newplan} {device} {phone} {competitor} {amount} {usual} {fee}
 * {credit} {balance} {part} {date} {eta} {percent} {years} {ago}. Names and amounts in slots are recorded
 * in the ground truth (names as PII, amounts as decoys), so templates never spell them out literally.
 */
final class Phrasebook {

    private Phrasebook() {
    }

    // ------------------------------------------------------------------ openings and closings

    static final List<String> VOICE_GREETINGS = List.of(
            "Thank you for calling {company}, my name is {agent}.",
            "Good {daypart}, thanks for calling {company}. This is {agent}.",
            "Hi, thanks for calling {company}, {agent} speaking.",
            "Thank you for calling {company} customer care, this is {agent}.",
            "Hello and welcome to {company}, you're speaking with {agent}.",
            "Good {daypart} and thank you for choosing {company}. My name is {agent}.",
            "Thanks for calling {company}. I'm {agent}, and I'll be helping you today.");

    static final List<String> CHAT_GREETINGS = List.of(
            "Hi there, thanks for contacting {company}! My name is {agent}.",
            "Hello and welcome to {company} chat, you're chatting with {agent}.",
            "Hi! Thanks for reaching out to {company}, this is {agent}.",
            "Good {daypart}, thank you for contacting {company}. I'm {agent}.",
            "Welcome to {company} support, my name is {agent}.");

    static final List<String> HOW_CAN_I_HELP = List.of(
            "How can I help you today?", "What can I do for you today?", "How may I help you?",
            "What can I help you with?", "How can I assist you today?", "What brings you in today?");

    /** Openings of agents who skip the greeting. */
    static final List<String> CURT_OPENINGS = List.of(
            "{company} support.", "Yeah, go ahead.", "Hello, what's the problem?", "Support line, what do you need?",
            "Yes?", "Okay, what's the issue?");

    static final List<String> RECORDING_DISCLOSURES = List.of(
            "This call may be recorded for quality and training purposes.",
            "Just so you know, this call may be recorded for quality assurance.",
            "Please note this call may be recorded.",
            "Before we start, this call may be recorded and monitored for training.",
            "This call may be recorded to help us improve our service.");

    static final List<String> MINI_MIRANDAS = List.of(
            "This is an attempt to collect a debt and any information obtained will be used for that purpose.",
            "I'm required to tell you that this is an attempt to collect a debt, and any information obtained will be used for that purpose.",
            "This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.");

    static final List<String> CLOSING_QUESTIONS = List.of(
            "Is there anything else I can help you with today?", "Is there anything else I can do for you?",
            "Can I help you with anything else today?", "Was there anything else you needed?");

    static final List<String> CUSTOMER_NOTHING_ELSE = List.of(
            "No, that's all, thanks.", "Nope, that was it.", "No, I think that covers it.", "That's everything, thank you.",
            "No, I'm good.", "Nothing else, thanks.");

    static final List<String> CLOSINGS = List.of(
            "Thank you for calling {company}, have a great day!", "Thanks for being a {company} customer, take care.",
            "You're welcome. Have a wonderful {daypart}.", "Thank you for your time, and have a great rest of your day.",
            "It was my pleasure helping you. Have a good one!", "Thanks for contacting {company}. Bye now!");

    static final List<String> CHAT_CLOSINGS = List.of(
            "Thank you for chatting with {company}, have a great day!", "Thanks for reaching out, take care!",
            "Glad I could help. Have a wonderful {daypart}!", "Thanks for contacting {company}. Bye for now!");

    static final List<String> CURT_ENDINGS = List.of("Okay, bye.", "Alright.", "Okay, that's done.", "Bye.",
            "Okay then.");

    static final List<String> CUSTOMER_BYES = List.of("Bye.", "Thanks, bye.", "You too, bye.", "Okay, thank you.",
            "Thanks.");

    // ------------------------------------------------------------------ behaviours

    static final List<String> EMPATHY = List.of(
            "I'm sorry to hear that, I can understand how frustrating that must be.",
            "I completely understand, that's not the experience we want you to have.",
            "I'm really sorry about the trouble.", "I apologize for the inconvenience.",
            "That sounds really frustrating, I'm sorry.",
            "I understand how important it is to have your service working.",
            "Oh no, I'm sorry you're dealing with that.");

    static final List<String> HOLD_REQUESTS = List.of(
            "May I place you on a brief hold while I look into this?",
            "Would it be okay if I put you on hold for a minute or two while I check?",
            "Do you mind if I place you on hold for a moment?",
            "May I put you on hold while I check with the billing team?");

    static final List<String> HOLD_AGREEMENTS = List.of("Sure.", "Yeah, go ahead.", "Okay.", "That's fine.",
            "Sure, no problem.");

    static final List<String> HOLD_THANKS = List.of("Thank you for holding.",
            "Thanks so much for holding, I appreciate your patience.", "Thank you for your patience while I checked.",
            "Thanks for waiting.");

    static final List<String> CURT_HOLDS = List.of("Hang on.", "One sec.", "Hold on.", "Wait a second.");

    static final List<String> CURT_RETURNS = List.of("Okay.", "Alright, so.", "Yeah, okay.", "So.");

    static final List<String> OWNERSHIP = List.of(
            "I'll take care of this for you right now.",
            "I'm going to personally make sure this gets sorted out.",
            "I'll own this and follow up until it's fixed.",
            "I'll handle this from start to finish so you don't have to call back.",
            "Let me take care of that for you.");

    static final List<String> UPSELLS = List.of(
            "By the way, since you use a lot of data, our unlimited plan might save you money. Would you like to hear about it?",
            "While I have you, we have a promotion on the {phone} this month. Would you be interested?",
            "Before you go, did you know you can add a second line for {amount} a month?",
            "I also see you qualify for our home internet bundle. Want me to tell you about it?");

    static final List<String> UPSELL_DECLINES = List.of("No thanks, not right now.", "Maybe another time.",
            "I'm good, thanks.", "Not interested, thanks.");

    static final List<String> UPSELL_ACCEPTS = List.of("Sure, tell me more.", "Actually, yes, go ahead and add it.",
            "Okay, sign me up for that.");

    // ------------------------------------------------------------------ verification

    /** An agent's identity check and what it asks for: N name, D date of birth, P phone, A address. */
    record Verification(String text, String asks) {
    }

    static final List<Verification> VERIFICATIONS = List.of(
            new Verification("Before I look into that, can I get your full name and date of birth to verify the account?", "ND"),
            new Verification("For security, could you please confirm your name and the date of birth on the account?", "ND"),
            new Verification("I just need to verify your identity first. Can you give me your date of birth and the service address?", "DA"),
            new Verification("Can you confirm the phone number on the account and your date of birth?", "PD"),
            new Verification("Let me verify the account first. What's the phone number on file and the account holder's name?", "PN"),
            new Verification("To pull up your account, can I have your name and the address on the account?", "NA"));

    static final List<String> VERIFIED = List.of("Thank you, {first}, you're verified.", "Great, thanks {first}.",
            "Perfect, I have your account here.", "Thanks, that matches what I have.", "Got it, thank you.");

    // ------------------------------------------------------------------ emotions

    static final List<String> ANGRY = List.of(
            "This is absolutely ridiculous.", "I'm so fed up with this.", "This is the worst service I've ever had.",
            "I've been on hold forever, this is unacceptable.",
            "You people keep messing up my account every single month.",
            "I'm extremely frustrated and honestly furious right now.",
            "This is a joke. Nobody there knows what they're doing.",
            "I'm sick and tired of calling about the same thing.", "Honestly, your company is terrible.");

    static final List<String> ESCALATIONS = List.of(
            "I want to speak to a manager.", "Let me speak to your supervisor, please.", "Get me a manager right now.",
            "Can I talk to someone higher up?", "I want to escalate this to a supervisor.");

    static final List<String> ESCALATION_RESPONSES_TRANSFER = List.of(
            "I understand. Let me see if a supervisor is available, please stay on the line.",
            "Of course, I'll transfer you to my supervisor now.");

    static final List<String> ESCALATION_RESPONSES_KEEP = List.of(
            "I understand. I'd like to try to fix this for you first, and if you're still not happy I'll get my supervisor.",
            "I hear you. My supervisor would tell you the same, but let me see what I can do right now.");

    static final List<String> PRAISE = List.of(
            "You've been so helpful, thank you!", "Wow, that was fast. Great service, thanks!",
            "Thank you so much, you really made my day.", "I really appreciate your help, {agent}.",
            "Excellent, that's exactly what I needed. You guys are awesome.",
            "Thanks, you were super patient with me.");

    static final List<String> PRAISE_RESPONSES = List.of("That's so kind of you, thank you!",
            "Happy to help!", "Thank you, I really appreciate that.");

    // ------------------------------------------------------------------ churn

    static final List<String> CHURN_THREATS = List.of(
            "I'm going to cancel my service.", "I'm thinking about switching to another provider.",
            "If this isn't fixed I'm switching to {competitor}.", "I want to cancel my account.",
            "{competitor} is offering me a better deal and I'm ready to leave.",
            "I'm done, I'm taking my business elsewhere.", "I'm going to port my number to {competitor}.",
            "I've been with you for {years} years but I'm about to switch.");

    static final List<String> CHURN_THREAT_NEGATIVES = List.of(
            "Can you cancel that last order? I ordered the wrong case.",
            "Can I cancel the callback I scheduled for tomorrow?",
            "Please cancel my technician appointment, everything is working again.",
            "I'd like to cancel the paper bill and go paperless.",
            "I switched to another charger and now it works fine.",
            "Could you cancel the international add-on from last month?");

    static final List<String> RETENTION_OFFERS = List.of(
            "I'd hate to lose you. I can offer you {percent}% off your monthly bill for the next twelve months.",
            "Before you go, I can give you a {credit} credit and upgrade you to {newplan} at no extra cost.",
            "What if I waived next month's bill and locked in your rate for two years?",
            "I can offer you a loyalty discount of {percent}% if you stay with us.");

    static final List<String> RETENTION_ACCEPTS = List.of("Okay, that works. I'll stay.",
            "Alright, if you can do that, I'll stay.", "That's actually a good deal, let's do it.",
            "Fine, I'll give you one more chance.");

    static final List<String> RETENTION_DECLINES = List.of("No, I've made up my mind.",
            "Thanks, but I still want to cancel.", "It's too late, I already signed up with {competitor}.",
            "No offer is going to change my mind.");

    static final List<String> CANCELLATION_PROCESSED = List.of(
            "I'm sorry to see you go. I've submitted the cancellation, effective at the end of your billing cycle.",
            "Understood. Your service will be disconnected on {date} and you'll get a final bill.");

    // ------------------------------------------------------------------ collections

    static final List<String> LEGAL_BANKRUPTCY = List.of(
            "I filed for bankruptcy last month.", "I'm going through bankruptcy right now.",
            "My bankruptcy case is open, you shouldn't be calling me about this.",
            "I declared bankruptcy, so I can't pay this.");

    static final List<String> LEGAL_ATTORNEY = List.of(
            "I have an attorney handling my debts now.", "Please talk to my attorney, not me.",
            "My attorney is dealing with all of this.");

    static final List<String> LEGAL_LAWYER = List.of(
            "My lawyer told me not to talk to you.", "I've hired a lawyer for this, you need to contact him.",
            "Talk to my lawyer.");

    static final List<String> LEGAL_HANDLED = List.of(
            "I understand. I'll note that on the account and we will direct further communication to your attorney.",
            "Thank you for letting me know. I'll stop collection activity on the account and note it.",
            "Understood. I'll stop collection activity and flag the account, you won't get more calls from us about this.",
            "I understand. I'll note the account and stop collection activity right away.");

    static final List<String> LEGAL_VIOLATIONS = List.of(
            "I understand, but the balance is still due. Can you make a payment of {part} today?",
            "That doesn't change the amount you owe. Can I take a card payment now?",
            "We still need a payment today to avoid further action on the account.",
            "Okay, but can you at least pay {part} today to bring the account current?");

    /** Harmless uses of the legal trigger words; must not count as a legal mention. */
    static final List<String> LEGAL_NEGATIVES = List.of(
            "My lawyer friend said it's fine to pay by card, so let's do that.",
            "Sorry, my dog {pet} knocked the phone off the table. What was the amount again?",
            "I watched a show about bankruptcy last night, scary stuff. Anyway, I can pay today.",
            "My sister is an attorney and she reminded me to pay this, so here I am.");

    static final List<String> COLLECTIONS_BALANCE = List.of(
            "I'm calling about the past due balance of {balance} on your account.",
            "Our records show an overdue balance of {balance}.",
            "I'm reaching out because your account is past due with a balance of {balance}.");

    static final List<String> COLLECTIONS_CUSTOMER = List.of(
            "I know, I've been meaning to pay.", "Yeah, things have been tight lately.",
            "I thought I already paid that.", "Okay, what are my options?");

    static final List<String> COLLECTIONS_ASK = List.of(
            "Would you be able to make a payment today?", "Can we get a payment of {part} today?",
            "How much can you pay today toward the balance?");

    // ------------------------------------------------------------------ reasons

    static final List<String> BILLING_OPENINGS = List.of(
            "Hi, I'm calling about my bill. It's {amount} this month and it's usually around {usual}.",
            "I got charged a late fee of {fee} but I paid on time.",
            "Why is my bill so high this month? I was charged {amount}.",
            "There's a charge on my bill I don't recognize, something for {fee}.",
            "I'd like to understand the charges on my latest statement.",
            "I was billed twice for the same month.",
            "There's a late payment fee on my account and I want it removed.",
            "My autopay didn't go through and now there's a late fee of {fee}.");

    static final List<String> BILLING_SPIKE_OPENINGS = List.of(
            "My bill went from {usual} to {amount}, that's a huge jump.",
            "How is my bill {amount}? I always pay about {usual}.",
            "My latest bill is {amount}, almost double what I normally pay.");

    static final List<String> BILLING_EXPLANATIONS = List.of(
            "I can see the charge here. It looks like you went over your data allowance last month.",
            "I see what happened. A one-time activation fee was applied to the account.",
            "It looks like your promotional discount ended last month, which is why the bill went up.",
            "I'm seeing international roaming charges from a trip.",
            "The late fee was applied because the payment posted two days after the due date.",
            "It looks like there was a duplicate charge on our side.");

    static final List<String> BILLING_RESOLUTIONS = List.of(
            "I've gone ahead and waived the late fee as a one-time courtesy.",
            "I've applied a credit of {credit} to your account, you'll see it on your next bill.",
            "I've reversed the duplicate charge, it should drop off within three to five business days.",
            "I've added a data pass so this doesn't happen again, and credited {credit}.");

    static final List<String> BILLING_REFUSALS = List.of(
            "Unfortunately I'm not able to remove that charge, but I can set up a reminder so it doesn't happen again.",
            "I'm sorry, that charge is valid and I can't credit it.");

    static final List<String> OUTAGE_OPENINGS = List.of(
            "My internet has been down since this morning.", "I have no service at all, no calls, no data.",
            "Is there an outage in my area? Nothing's working.",
            "My home internet keeps dropping every few minutes.", "I can't make calls, it says no signal.",
            "Everything went dead around {time}, internet and TV.", "The whole street lost service at {time}.");

    static final List<String> OUTAGE_CONFIRMED = List.of(
            "I can see there's an outage affecting your area. Our technicians are working on it and we expect service back by {eta}.",
            "Yes, we have a network outage in your area right now. The estimated restore time is {eta}.",
            "There's a known outage near you. Crews are on site and we're hoping to have it fixed by {eta}.");

    static final List<String> OUTAGE_LOCAL = List.of(
            "I'm not seeing an outage in your area. Let's try restarting the modem together.",
            "There's no outage on our side. Can you unplug the router for thirty seconds and plug it back in?");

    static final List<String> OUTAGE_CUSTOMER_FOLLOWUPS = List.of(
            "Will I get a credit for the days without service?", "Okay, but I work from home, this is a real problem.",
            "Is there anything I can do in the meantime?", "Okay, thanks for letting me know.");

    static final List<String> OUTAGE_CREDITS = List.of(
            "I've added a credit of {credit} for the downtime.", "Once it's resolved, a credit will be applied automatically.");

    static final List<String> PLAN_CHANGE_OPENINGS = List.of(
            "I want to change my plan to something cheaper.", "I'd like to upgrade to the {newplan} plan.",
            "Can I switch from {plan} to {newplan}?", "I'm using way more data than my plan has, what are my options?",
            "I think I'm paying for more than I need. Can we look at my plan?");

    static final List<String> PLAN_CHANGE_OFFERS = List.of(
            "You're on the {plan} plan right now. The {newplan} plan would be {planprice} a month.",
            "I can move you to {newplan}, which comes to {planprice} a month with taxes.");

    static final List<String> PLAN_CHANGE_DONE = List.of(
            "Done. I've moved you to {newplan} starting with your next billing cycle.",
            "All set, your plan is now {newplan}. You'll see the change on your next bill.");

    static final List<String> DEVICE_ORDER_OPENINGS = List.of(
            "I ordered a {device} and it still hasn't arrived. The order number is {order}.",
            "Where is my order? It's order {order}.", "I'm checking on order {order}, it was supposed to be here last week.");

    /** A device problem told coherently: what the customer says, what the agent tries, what happens, the fix. */
    record DeviceIssue(String opening, String step, String result, String resolution) {
    }

    static final List<DeviceIssue> DEVICE_ISSUES = List.of(
            new DeviceIssue("My new {device} won't turn on.",
                    "Let's try a few things. Can you hold the power and volume buttons for ten seconds?",
                    "Nothing, the screen is still black.",
                    "I'm sending you a replacement, it should arrive in two to three business days."),
            new DeviceIssue("My phone keeps restarting on its own.",
                    "Can you go to Settings and check for a software update?",
                    "It shows the logo and then restarts again.", "I've set up a warranty exchange for you."),
            new DeviceIssue("My phone says no SIM card.", "Can you take the SIM tray out and put it back in?",
                    "It still says no SIM.", "I've sent a new SIM card to the address on file."),
            new DeviceIssue("My {device} won't charge anymore.",
                    "Let me run a remote diagnostic on the device while you try a different cable.",
                    "A different cable doesn't help either.",
                    "The diagnostic shows a faulty charging port, so I've set up a warranty repair."),
            new DeviceIssue("The screen on my {device} cracked, do I have insurance?",
                    "Let me pull up your device protection plan.", "I dropped it yesterday, the touch still works.",
                    "You're covered, I've started a claim and the deductible is {fee}."),
            new DeviceIssue("I want to return the router, it's not working.",
                    "Before we do that, can you tell me what the lights on the front are doing?",
                    "The internet light is blinking orange.", "I'm sending you a new router with a prepaid return label."));

    /** Agent and customer lines while the agent works in another system. */
    static final List<String[]> WORKING_SMALL_TALK = List.of(
            new String[] {"While that's loading, is the email on the account still the best way to reach you?",
                    "Yes, that's still good."},
            new String[] {"This usually takes a minute, the system is a bit slow today.", "No worries."},
            new String[] {"I'm just filling in the details on my side now.", "Okay, take your time."},
            new String[] {"Almost there, I'm just confirming a couple of things in the account.", "Sure."},
            new String[] {"While I do this, do you still want paper bills, or should I switch you to paperless?",
                    "Paperless is fine."},
            new String[] {"Bear with me, I need to update a couple of screens.", "That's fine."});

    static final List<String> ACCOUNT_OPENINGS = List.of(
            "Hi, I'd like to open a new account.", "I just moved here and I want to sign up for service.",
            "I want to become a customer, can you set me up with a plan?", "I'd like to start new service at my apartment.",
            "My friend told me about your {newplan} plan and I'd like to sign up.");

    static final List<String> ACCOUNT_SSN_ASKS = List.of(
            "Great, I'll need to run a quick credit check. Can I have your social security number?",
            "To set up the account I need your social security number for the credit check.");

    static final List<String> ACCOUNT_EMAIL_ASKS = List.of("And what email address should we use for the account?",
            "What's the best email for your bills and updates?");

    static final List<String> ACCOUNT_ADDRESS_ASKS = List.of("What's the service address?",
            "And where will the service be installed?");

    static final List<String> ACCOUNT_HOLD_NOTICES = List.of(
            "Thanks. Setting up the account takes a few minutes, may I place you on hold while I do that?",
            "Okay, I'm going to set everything up now. May I put you on hold for a few minutes?");

    static final List<String> ACCOUNT_DONE = List.of(
            "Your account is all set up. You'll get a welcome email with the details.",
            "Everything is set. Your service will be active by {date}.");

    static final List<String> PAYMENT_ARRANGEMENT_OPENINGS = List.of(
            "I can't pay my full bill this month, can I set up a payment plan?",
            "I lost my job and I'm behind on my bill. Can we work something out?",
            "Can I split my balance of {balance} into two payments?",
            "I need a few more days to pay, can you extend the due date?");

    static final List<String> PAYMENT_ARRANGEMENT_OFFERS = List.of(
            "I can set up an arrangement: {part} today and the rest on {date}.",
            "We can split it into two payments of {part}, one today and one on {date}.");

    static final List<String> CARD_ASKS = List.of("What card would you like to use?",
            "Okay, I can take the payment now. What's the card number?", "Go ahead with the card number when you're ready.");

    static final List<String> PAYMENT_TAKEN = List.of("Thank you, the payment went through.",
            "Payment received, you'll get a confirmation by text.");

    static final List<String> TECH_OPENINGS = List.of(
            "My data is really slow.", "I can't get my voicemail to work.", "My Wi-Fi keeps disconnecting.",
            "I'm not receiving text messages.", "How do I set up Wi-Fi calling?",
            "My email on the phone stopped syncing.", "I can't connect my new laptop to the router.");

    static final List<String> TECH_STEPS = List.of(
            "Let's try restarting your device first.", "Can you go to Settings, then Network, and reset network settings?",
            "Let me refresh your line from our side.", "Can you toggle airplane mode on and off for me?",
            "Let's update the settings on the router, I'll walk you through it.");

    static final List<String> TECH_FIXED = List.of("Okay, done. It works now!", "Oh, that did it, thanks.",
            "Yes, it's working again.");

    static final List<String> TECH_NOT_FIXED = List.of("Still not working.", "Nope, same thing.",
            "It's still doing it.");

    static final List<String> TECH_TICKETS = List.of(
            "I've opened a ticket with our network team, the case number is {case}.",
            "I'm escalating this to tier two. Your case number is {case}.");

    static final List<String> TECH_TRANSFERS = List.of(
            "I'm going to transfer you to our advanced support team, they can dig deeper.",
            "Let me transfer you to a specialist who can help with this.");

    // ------------------------------------------------------------------ sales

    static final List<String> SALES_OPENINGS = List.of(
            "I'm interested in adding a new line.", "I'd like to know about your fiber internet.",
            "What deals do you have on the {phone}?", "I'm thinking of upgrading my phone.",
            "I'm shopping around for a family plan.");

    static final List<String> DISCOVERY_QUESTIONS = List.of(
            "What do you mainly use your phone for?", "How many people in your household use data?",
            "What matters most to you, price or speed?", "Tell me a bit about how you use the internet at home.");

    static final List<String> DISCOVERY_ANSWERS = List.of(
            "Mostly streaming and video calls.", "There are four of us, and the kids are always online.",
            "Price, definitely.", "I work from home, so I need something reliable.");

    static final List<String> BRIDGE_PHRASES = List.of("Based on what you told me,", "Given what you just shared,",
            "From what you described,");

    static final List<String> BUNDLE_OFFERS = List.of(
            "I'd recommend bundling your mobile lines with our home fiber, which saves you {amount} a month.",
            "the family bundle with unlimited data on four lines would be the best fit, and it's {amount} less than paying separately.",
            "I'd suggest our phone and internet bundle, it includes the {phone} and saves you {amount} a month.");

    static final List<String> PRICE_PITCHES = List.of(
            "Our plans start at {amount} a month.", "The {phone} is {amount} a month over 24 months.",
            "We have a promotion, the new line is {amount} a month.");

    static final List<String> SALES_WON = List.of("That sounds great, let's do it.", "Okay, sign me up.",
            "Perfect, that's what I need.");

    static final List<String> SALES_CLOSED = List.of("Perfect, I've added that to your account.",
            "Great choice, everything's set up and you'll get a confirmation email.");

    static final List<String> LOST_OBJECTIONS = List.of("That's too expensive.", "I'll think about it.",
            "Let me talk to my wife first.", "I'm going to shop around.", "I'll call back later.");

    // ------------------------------------------------------------------ repeat contacts

    static final List<String> FOLLOW_UP_PREFIXES = List.of(
            "I contacted you about this {ago} and it's still not fixed.",
            "This is the second time I'm reaching out about this.", "I already reported this {ago}.",
            "Following up on my previous contact from {ago}.");

    // ------------------------------------------------------------------ written channels

    static final List<String> EMAIL_SIGNOFFS = List.of("Thanks,", "Regards,", "Thank you,", "Best,", "Cheers,");

    static final List<String> AGENT_EMAIL_SIGNOFFS = List.of("Kind regards,", "Best regards,", "Sincerely,",
            "Warm regards,");

    static final List<String> SOCIAL_COMPLAINTS = List.of(
            "third time this month my internet is down. absolutely ridiculous",
            "been on hold for 45 minutes, worst customer service ever",
            "why is my bill higher AGAIN?? explain please",
            "no signal all day and nobody can tell me why", "still waiting on my replacement phone, thanks for nothing",
            "internet down again, working from home is impossible");

    static final List<String> SOCIAL_QUESTIONS = List.of(
            "is there an outage in my area right now?", "how do I set up wifi calling on my phone?",
            "any deals on the {phone} this week?", "can I change my plan online or do I have to call?");

    static final List<String> SOCIAL_PRAISE = List.of(
            "shoutout to the support team, fixed my issue in 5 minutes!", "best customer service I've had in years, thanks!");

    static final List<String> SOCIAL_AGENT_REPLIES = List.of(
            "We're sorry to hear that! Please send us a DM with your account details so we can take a look.",
            "Thanks for reaching out. We'd love to help, please DM us and we'll get this sorted.",
            "Sorry for the trouble! Our team is on it. DM us your ZIP code and we'll check the area.",
            "Happy to help! Check your DMs, we sent you the steps.");

    static final List<String> SMS_AGENT_REPLIES = List.of(
            "Hi, this is {company}. We're looking into it and will text you an update shortly.",
            "Thanks for texting {company}! We've checked your account and fixed the issue. Reply HELP for more.");

    static final List<String> SMS_OUTAGE_REPLIES = List.of(
            "{company}: we're aware of the issue in your area and expect service back by {eta}.",
            "{company}: there is a service outage near you. Crews are working on it, estimated fix by {eta}.");
}
