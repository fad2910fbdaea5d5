/**
 * Common first names in the Netherlands: Dutch and Frisian, and names of
 * Turkish, Moroccan, Surinamese and Antillean origin. Written from general
 * knowledge, not copied from a register. Names that are also ordinary Dutch
 * words, months or places (Ben, Wil, Roos, Job, Lot, Mei, Juni, Can,
 * Hoop, Bas) are left out: a sentence starting with one would look like a
 * name. Matching is case-sensitive on the first letter.
 */
export const firstNames: readonly string[] = Object.freeze(
  `
Aad Aafke Aagje Aart Abdel Abdelkader Abdellah Abdelaziz Abderrahim Abdul Abdullah Adam Adriaan Adrie Ahmed Ahmet Aicha Aisha Ajay Albert Alexander Ali Alice Alida Amber Amina Amir Amy Anand Andre André Andrea Andries Angela Anil Anita Anja Anke Ann Anna Anne Anneke Annemarie Annemieke Annet Annette Annie Anouar Anouk Anton Antoon Arend Arie Arjan Arjen Arnold Arthur Asma Asmae Astrid Ayoub Aylin Ayse Ayşe
Barbara Bart Bartholomeus Bea Bea Beatrix Berend Bernard Bert Berta Betty Bilal Bianca Bob Boris Bouke Bram Brenda Brian Burak Büşra Busra
Carla Carlos Carmen Caroline Cas Casper Cathy Cees Celine Cem Chantal Charlotte Chris Christiaan Christian Christina Claire Clarence Claudia Cor Corinne Cornelis Corrie
Daan Dani Daniel Daniëlle Danielle Danny Dave David Dean Debora Demi Denise Deniz Dennis Derya Desiree Devika Dewi Dick Diana Dianne Dilek Dirk Dominique Donna Doris Driss Dylan
Ebru Eddy Edgar Edith Eduard Eefje Eline Elif Elise Elizabeth Ellen Els Elsa Elske Emine Emma Emre Erik Erkan Ercan Ernst Errol Esma Esra Esther Eva Evelien Evert Evi
Fabian Fadoua Farid Fatima Fatma Femke Fenna Ferdinand Fleur Floor Floris Frank Frans Freek Frits Fouad
Gail Geert Gerard Gerda Gerrit Gert Gijs Gökhan Gokhan Gonny Govert Grace Gül Gerben Gerrie Gerlinde Greetje Guus
Hafida Hajar Hakan Hamid Hamza Hanan Hanna Hannah Hanneke Hans Harm Harmen Harry Hasan Hassan Hatice Hendrik Henk Henny Herman Hicham Hilde Hüseyin Huseyin Hugo Humphrey
Ibrahim Ikram Ilham Ilias Ilse Imane Imke Inge Ingrid Iris Irma Ismail Ivo Iwan
Jaap Jacob Jacqueline Jan Janine Janneke Jannes Jannie Jasmijn Jasper Jayden Jeanette Jelle Jelmer Jeroen Jesse Jessica Jet Jeroen Jerrel Joanne Jochem Joep Johan Johanna Johannes John Jolanda Joost Joris Jorn Jos José Josef Joséphine Joyce Judith Julia Julian Julius Justin Juul
Kadir Karel Karim Karin Kartini Kavita Kees Kemal Kevin Khadija Khalid Kirsten Klaas Koen Koert Krishna Kübra
Lakshmi Lars Latifa Laura Lauren Lea Leo Leon Levent Lieke Lisa Lisanne Liv Lodewijk Loes Lotte Loubna Lucas Lucia Luuk Lydia
Maaike Maarten Madelon Mahmoud Malika Manon Marc Marcel Marco Margriet Maria Marianne Marieke Marijke Marijn Marina Mario Marja Marjan Marjolein Marlies Marloes Marlon Maroeska Martijn Martin Martine Mathijs Maud Maurice Mavis Max Meike Mees Mehmet Melanie Melissa Merel Merve Meryem Michael Michel Michelle Mieke Mila Milan Mirjam Mohamed Mohammed Mohammad Monique Mounir Muhammad Murat Mustafa Mustapha
Nabil Nadia Naima Nancy Natasha Nathalie Nick Nicole Niels Nienke Nina Noah Noor Nora Nordin Nouredine Nirmala
Olivier Omar Orhan Osman Oumaima Özlem Ozlem Ömer Omer
Pascal Patricia Patrick Paul Paula Pauline Peter Petra Piet Pieter Pim Priya
Rachid Rachida Radha Rajesh Ramesh Ravi Redouan Reinier Remco Renate René Rene Reshma Richard Rick Ricardo Rik Rinus Rita Rob Robert Robin Roel Roelof Roland Romeo Ron Ronald Rosa Ruben Rudi Ruud Rutger
Said Salma Sam Samira Sander Sandra Sanjay Sanne Sara Sarah Saskia Sebastiaan Selin Selma Sem Serkan Shanti Sharda Sharon Shirley Sibel Siham Silvia Simon Simone Sita Sjaak Sjoerd Soufiane Souad Songül Sophie Stefan Stefanie Stephan Sterre Stijn Sunil Sunita Susan Suzanne Sylvia
Tamara Tanja Tarik Teun Theo Thijs Thomas Tim Tineke Tirza Tom Ton Tonny Tuba
Vera Victor Vikash Vincent Volkan
Wendy Wiebe Wietske Willem Willemijn Wim Winston Wiwin Wouter
Yasemin Yasmina Yassine Yara Youssef Yusuf Yvonne
Zakaria Zeynep Zineb Zoë Zoe
`
    .split(/\s+/)
    .filter((name, index, all) => name !== '' && all.indexOf(name) === index)
)
