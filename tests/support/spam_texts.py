"""Comments whose verdicts the spam tests know: spam with its tricks, and ham that looks close."""

SEED_PRICE_LIST = """📞📞📞📞📞📞Some Auction Vehicles/Cars For Sale
Mama Africa #17,000 •Tomatoes Rice # *15,000* •Cap Rice #15,000 •My Food #17,000
Golf3= 400,000
Camry Tinny-Light=550,000
Toyota Venza= 1.7million
((09156089111) (+234_915_608_9111)"""

SPAM = [
    SEED_PRICE_LIST,
    "Are you in need of an urgent loan? We give loans at 2% interest, instant approval. Contact us on WhatsApp +234 803 123 4567",
    "I earn $500 every day working from home, it changed my life. Visit www.easy-cash-daily.xyz to start",
    "My husband left me until Dr Okosun the great spell caster brought him back in 3 days. Contact him on WhatsApp 0803 555 1234",
    "Wh\u0430ts\u0410pp me for cheap iPhones: 0701-234-5678, free delivery in Lagos",
    (
        "Do you need a loan to pay your bills or start a business? Contact Mrs Grace at"
        " gracefinance.loans@gmail.com, 3% interest, approved in 24 hours."
    ),
    (
        "Make $300 daily working from home with just your phone! No experience needed, message"
        " me on Telegram @cashwithtina to start today"
    ),
    (
        "I was heartbroken until I found Dr Ajayi the powerful spell caster who brought my ex back"
        " in 48 hours. Email him: drajayispelltemple@yahoo.com"
    ),
    (
        "Thanks to Dr. Williams for curing my herpes with herbal medicine, contact him on"
        " +2348123456789 he will help you too"
    ),
    (
        "WINNER!! You have been selected to receive a \u00a3900 prize reward! To claim call"
        " 09061701461. Claim code KL341. Valid 12 hours only."
    ),
    "Great article! Check out my blog for more political analysis: naija-politics-now.blogspot.com",
    "Bitcoin investment pays 40% weekly returns, guaranteed. WhatsApp Mr Kelvin 0813 456 7890",
    "Ca\u200bll m\u200be n\u200bow o\u200bn 0803\u200b555\u200b1234 for cheap loans",
    (
        "SIX chances to win CASH! From 100 to 20,000 pounds, txt CSH11 and send to 87575."
        " Cost 150p/day, 16+ T&Cs apply"
    ),
    "Your account has been suspended. Verify your details at http://secure-bank-login.xyz/verify",
    "Had your mobile 11 months or more? You are entitled to a free camera phone, call 08452810075",
    # Calls to action with little else, engagement bait, filter-dodging links (issue 14).
    "Thumbs up so everyone can see this: search “Lagos Beats Vol 2” on YouTube and subscribe",
    "don't forget to like, share and subscribe",
    "Cheap flights to Dubai, visit flyhigh .com today",
    # SMS-offer mechanics and paid helplines.
    "WIN a £500 voucher! Text WIN to 80082 now. £1.50/msg, T&Cs apply, PO Box 123, reply STOP to end",
    "Printer offline? Call our toll free support number 1-888-555-0199 for instant help",
]
HAM = [
    "Great piece. The minister should resign.",
    "Fuel went from ₦617 to ₦1,030 a litre since May; how is a family of five meant to cope?",
    "The summit was on 13 September 2023, not the 12th. See https://www.reuters.com/world/asia-pacific/ for the timeline.",
    "I called my MP about this twice and got no answer.",
    "In 2019 the budget was N8.9 trillion; in 2024 it is N28.7 trillion. Inflation explains part of it, not all.",
    "Rice was ₦45,000 a bag in January, ₦52,000 in March and ₦77,000 now. Wages have not moved.",
    "The report came out on 12/03/2024 and the hearing is on 15 April 2024 at 10am.",
    (
        "My brother lost ₦200,000 to a fake loan app last year. People, please report these scams"
        " to the police and never send money to strangers."
    ),
    (
        "Read the full judgment here: https://www.premiumtimesng.com/news/headlines/712345-court.html"
        " before you comment."
    ),
    "I called the NEPA office on Monday and again on Wednesday; nobody picked up.",
    "2,000,000,000 views and counting, the most watched video in the history of the site",
    "Subscribers to the state pension scheme should check their statements, mine was wrong.",
    "Call me when you get home, we need to talk about the rent.",
    "Text me the address when you can.",
    "Please share this article with your local representative, the bill is voted on Friday.",
    "The prize money for the debate competition was 500,000 naira according to the organisers.",
    "My number changed, the new one is 0803 123 4567, save it.",
    "Source: https://www.reuters.com/world/africa/nigeria-fuel-prices-2024-11-02/",
    "Full data: https://data.worldbank.org/country/nigeria",
    # Markup, a sentence run into the next, and "see my" in personal news (issue 14).
    "I&#39;m so proud of the team.<br />See you all at the match on Saturday",
    "Went to see my grandmother today.She said the roads to Ibadan are still bad",
    "Call me when you get home, I will text you the address",
]
